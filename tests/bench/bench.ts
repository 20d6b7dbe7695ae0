import { runBlameBench } from './blameBench';
import { runSloBench } from './sloBench';
import { runSloFilesBench } from './sloFilesBench';

runSloBench();
runSloFilesBench();
runBlameBench();
