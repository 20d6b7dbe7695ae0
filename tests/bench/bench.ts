import { runSloBench } from './sloBench';

runSloBench();
