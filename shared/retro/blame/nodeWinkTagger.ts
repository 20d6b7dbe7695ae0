import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import shipped from './model/blameModel.json';
import { setBlameModel, type BlameModel } from './model/blameModel';
import { setBlameTagger } from './blameTokens';
import { winkTagger, type WinkLike } from './winkTagger';

/**
 * Loads wink-nlp with its English model and makes it the checker's tagger, at once: for the
 * command line, tests and benches. The app loads the same pair lazily (it is a large model).
 * The learned blame model comes with it unless `withModel` is false (the rules alone).
 */
export function installWinkTagger(withModel = true): void {
  setBlameTagger(winkTagger(winkNLP(model) as unknown as WinkLike));
  setBlameModel(withModel ? (shipped as BlameModel) : null);
}
