import { writeFileSync } from 'node:fs';
import { MODEL_FILE, modelJson, trainShippedModel } from './trainBlameModel';

const model = trainShippedModel();
const json = modelJson(model);
writeFileSync(MODEL_FILE, json);
console.log(
  `Wrote ${MODEL_FILE}: ${Object.keys(model.detect).length} detector and ${Object.keys(model.category).length} category features, ${(json.length / 1024).toFixed(0)} KB`,
);
