import { intakeService } from '@hotline/intake-application';
import { runServiceProcess } from '@hotline/platform-runtime';

void runServiceProcess(intakeService);
