import { runBlameBench } from './blameBench';
import { runGitSyncBench } from './gitSyncBench';
import { runPrometheusPullBench } from './prometheusPullBench';
import { runSloBench } from './sloBench';
import { runSloFilesBench } from './sloFilesBench';

// `npm run bench -- --only git` runs the git sync rows alone (they take minutes).
if (process.env['BENCH_ONLY'] !== 'git') {
  runSloBench();
  runSloFilesBench();
  runBlameBench();
  await runPrometheusPullBench();
}
await runGitSyncBench();
