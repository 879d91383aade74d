/**
 * The Bot Framework adapter: `CloudAdapter` with Bot Framework authentication. With
 * `MicrosoftAppId` set, channel requests must carry a valid channel JWT; without it,
 * authentication is off and the server only accepts `/api/messages` from loopback.
 * @packageDocumentation
 */
import { CloudAdapter, ConfigurationBotFrameworkAuthentication, type Activity, type TurnContext } from 'botbuilder';
import type { Config } from '../../config.js';
import type { Logger } from '../../log.js';

/**
 * A configured adapter with a kind error handler (no details to the resident), and a check of the
 * channel's token that answers false instead of printing a stack trace for every stranger.
 */
export function createAdapter(config: Config, logger: Logger, sorry: (lang: string | undefined) => string): { adapter: CloudAdapter; authenticates: (activity: unknown, header: string | undefined) => Promise<boolean> } {
  const registered = config.microsoftAppId !== '';
  const auth = new ConfigurationBotFrameworkAuthentication({
    MicrosoftAppId: config.microsoftAppId,
    MicrosoftAppPassword: config.microsoftAppPassword,
    // Without an app id only MultiTenant is valid (authentication is then disabled).
    MicrosoftAppType: registered ? config.microsoftAppType : 'MultiTenant',
    MicrosoftAppTenantId: config.microsoftAppTenantId,
  });
  const adapter = new CloudAdapter(auth);
  adapter.onTurnError = async (context: TurnContext, error: Error) => {
    logger.error('turn_failed', { error: error.name, channel: context.activity.channelId });
    try {
      await context.sendActivity({ type: 'message', textFormat: 'plain', text: sorry(context.activity.locale) });
    } catch {
      // the reply could not be sent either; the log line says enough
    }
  };
  const authenticates = async (activity: unknown, header: string | undefined): Promise<boolean> => {
    if (!registered) return true;
    if (!header || !/^Bearer\s+\S+$/i.test(header)) return false;
    try {
      await auth.authenticateRequest(activity as Activity, header);
      return true;
    } catch {
      return false;
    }
  };
  return { adapter, authenticates };
}
