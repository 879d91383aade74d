// prints the normalised keys of words: npx tsx bench/tmp/keys.ts nl word...
import { createNormaliser } from '../../bot/understand/normalise.js';
const [lang, ...ws] = process.argv.slice(2);
const n = createNormaliser(lang!, {});
for (const w of ws) console.log(w, '->', n.key(w));
