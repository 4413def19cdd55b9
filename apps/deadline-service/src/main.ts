import { deadlineService } from '@hotline/deadline-application';
import { runServiceProcess } from '@hotline/platform-runtime';

void runServiceProcess(deadlineService);
