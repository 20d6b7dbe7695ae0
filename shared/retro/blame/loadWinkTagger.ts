import { setBlameTagger } from './blameTokens';
import { setBlameModel, type BlameModel } from './model/blameModel';
import { winkTagger, type WinkLike } from './winkTagger';

let loading: Promise<void> | null = null;

/**
 * Loads wink-nlp, its English model and the learned blame model on first need (large: the app's
 * start-up does not wait for them) and makes them the checker's. Until then the plain tagger and
 * the rules alone stand in.
 */
export function loadWinkTagger(): Promise<void> {
  loading ??= (async () => {
    const [wink, model, blame] = await Promise.all([
      import('wink-nlp'),
      import('wink-eng-lite-web-model'),
      import('./model/blameModel.json'),
    ]);
    setBlameModel(blame.default as BlameModel);
    setBlameTagger(winkTagger(wink.default(model.default) as unknown as WinkLike));
  })();
  return loading;
}
