import { intakeService } from '@hotline/intake-graphql';
import { runServiceProcess } from '@hotline/platform-runtime';

void runServiceProcess(intakeService());
