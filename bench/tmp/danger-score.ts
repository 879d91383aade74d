// usage: npx tsx bench/tmp/danger-score.ts "text"...: the danger model's score and the crisis phrase per text
import { loadUnderstanding } from '../../bot/authoring/load.js';
import { createUnderstanding } from '../../bot/understand/index.js';
const u = createUnderstanding(loadUnderstanding(process.cwd()));
for (const t of process.argv.slice(2)) console.log(u.danger(t).toFixed(2), JSON.stringify(u.crisis(t)?.kind ?? null), t);
