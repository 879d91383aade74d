/**
 * The baseline of `npm run bench:load`: a plain Bot Framework echo bot (CloudAdapter +
 * ActivityHandler replying with the text), the idiomatic minimum. It lives in bench/ because it
 * is a measuring stick, not part of Wegwijs (whose only botbuilder import is bot/channels/).
 * Plain JavaScript, run by node as it is, as Wegwijs runs compiled (`npm start`): both sides of
 * the comparison run without a TypeScript loader.
 */
import { ActivityHandler, CloudAdapter, ConfigurationBotFrameworkAuthentication } from 'botbuilder';
import restify from 'restify';

const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication({ MicrosoftAppType: 'MultiTenant' }));
class EchoBot extends ActivityHandler {
  constructor() {
    super();
    this.onMessage(async (context, next) => {
      await context.sendActivity(`Echo: ${context.activity.text ?? ''}`);
      await next();
    });
  }
}
const bot = new EchoBot();
const server = restify.createServer();
server.use(restify.plugins.bodyParser());
server.post('/api/messages', async (req, res) => {
  await adapter.process(req, res, (context) => bot.run(context));
});
server.get('/healthz', async (_req, res) => {
  res.send(200, { status: 'ok' });
});
server.listen(Number(process.env.PORT ?? 3980), '127.0.0.1');
