import { setBlameTagger } from './blameTokens';
import { winkTagger, type WinkLike } from './winkTagger';

let loading: Promise<void> | null = null;

/**
 * Loads wink-nlp and its English model on first need (a large model: the app's start-up does not
 * wait for it) and makes it the checker's tagger. Until then the plain tagger stands in.
 */
export function loadWinkTagger(): Promise<void> {
  loading ??= (async () => {
    const [wink, model] = await Promise.all([
      import('wink-nlp'),
      import('wink-eng-lite-web-model'),
    ]);
    setBlameTagger(winkTagger(wink.default(model.default) as unknown as WinkLike));
  })();
  return loading;
}
