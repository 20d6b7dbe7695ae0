import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { findBlameLanguage } from '../../shared/retro/blameLanguage';
import { blameModel, setBlameModel } from '../../shared/retro/blame/model/blameModel';
import { installWinkTagger } from '../../shared/retro/blame/nodeWinkTagger';
import { compare, printRows } from './measure';

/** Retrospective prose as a facilitator types it: timeline notes, some with blame in them. */
const PARAGRAPH =
  'At 10:42 the on-call engineer saw checkout errors climb on the payments dashboard and paged the ' +
  'database team. The standby should have taken over when the primary stopped answering, but the ' +
  'failover script waited for a health check that never came. We should have quickly reverted the ' +
  'deploy; instead the team spent twenty minutes reading logs that clearly showed the pool was ' +
  'exhausted. What could we have done better? Nobody had seen this failure mode before. ';

export function runBlameBench(): void {
  const text = PARAGRAPH.repeat(Math.ceil(2000 / PARAGRAPH.length)).slice(0, 2000);
  installWinkTagger();
  const wink = winkNLP(model);
  const row = compare(
    () => findBlameLanguage(text),
    () => wink.readDoc(text).tokens().out(wink.its.pos),
    21,
  );
  // The learned model's share: the same check with the rules alone as the reference.
  const learned = blameModel();
  const withModel = compare(
    () => {
      setBlameModel(learned);
      return findBlameLanguage(text);
    },
    () => {
      setBlameModel(null);
      return findBlameLanguage(text);
    },
    21,
  );
  setBlameModel(learned);
  printRows('Blame checker, as you type', [
    {
      name: 'check a 2,000-character field',
      reference: 'tag it with wink-nlp alone',
      goal: null,
      ...row,
    },
    {
      name: 'the same check, rules and learned model',
      reference: 'the rules alone',
      goal: null,
      ...withModel,
    },
  ]);
  console.log(
    `  absolute: ${row.ms.toFixed(2)} ms per check, goal under 5 ms: ${row.ms < 5 ? 'met' : 'NOT MET'}`,
  );
}
