import { runBlameBench } from './blameBench';
import { runPrometheusPullBench } from './prometheusPullBench';
import { runSloBench } from './sloBench';
import { runSloFilesBench } from './sloFilesBench';

runSloBench();
runSloFilesBench();
runBlameBench();
await runPrometheusPullBench();
