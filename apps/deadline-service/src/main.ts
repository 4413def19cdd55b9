import { deadlineService } from '@hotline/deadline-graphql';
import { runServiceProcess } from '@hotline/platform-runtime';

void runServiceProcess(deadlineService());
