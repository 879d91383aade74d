// Lists, per question choice, the leefgebieden the choice "covers" (coveredBy, label + words), beyond its own flow.
import { shippedBot } from '../../test/support/project.js';
import { coveredBy } from '../../bot/turn/choice-reading.js';
const bot = shippedBot();
for (const [flowId, flow] of bot.graph.flows) for (const step of flow.steps.values()) {
  if (step.kind !== 'question') continue;
  for (const c of step.choices) {
    const label = [...coveredBy(bot, flowId, step, c.id, true)].filter((f) => f !== flowId);
    const all = [...coveredBy(bot, flowId, step, c.id)].filter((f) => f !== flowId);
    if (all.length) console.log(`${flowId}/${step.id}/${c.id}: label→[${label}] all→[${all}]`);
  }
}
