import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { setBlameTagger } from './blameTokens';
import { winkTagger, type WinkLike } from './winkTagger';

/**
 * Loads wink-nlp with its English model and makes it the checker's tagger, at once: for the
 * command line, tests and benches. The app loads the same pair lazily (it is a large model).
 */
export function installWinkTagger(): void {
  setBlameTagger(winkTagger(winkNLP(model) as unknown as WinkLike));
}
