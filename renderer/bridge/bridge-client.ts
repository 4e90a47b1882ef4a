// The renderer's one way to reach the core: typed calls over whichever transport is present (the
// desktop preload, or the web bridge), with every result validated against the contract.
import { contract, MenuCommandSchema, type Args, type MenuCommand, type ResultOf } from '@shared/bridge/contract';
import type { Channel } from '@shared/bridge/channels';
import { describeZodError, resultSchema, type Result } from '@shared/bridge/result';

export interface Transport {
  readonly kind: 'desktop' | 'web';
  send(channel: Channel, args: unknown): Promise<unknown>;
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
}

export class BridgeClient {
  constructor(private readonly transport: Transport) {}

  get kind(): 'desktop' | 'web' {
    return this.transport.kind;
  }

  /** Calls a channel; transport failures and malformed answers come back as error Results too. */
  async call<C extends Channel>(channel: C, args: Args<C>): Promise<Result<ResultOf<C>>> {
    let raw: unknown;
    try {
      raw = await this.transport.send(channel, args);
    } catch (error) {
      return { ok: false, error: { code: 'unreachable', message: `Corroborate's core cannot be reached (${(error as Error).message}).` } };
    }
    const parsed = resultSchema(contract[channel].result).safeParse(raw);
    if (!parsed.success) {
      return { ok: false, error: { code: 'internal', message: `Unexpected answer on ${channel}: ${describeZodError(parsed.error)}` } };
    }
    return parsed.data as Result<ResultOf<C>>;
  }

  onMenuCommand(listener: (command: MenuCommand) => void): () => void {
    return this.transport.onMenuCommand(listener);
  }
}

/** The desktop transport, over the preload's allow-listed invoke. */
export function desktopTransport(api: CorroborateDesktopApi): Transport {
  return {
    kind: 'desktop',
    send: (channel, args) => api.invoke(channel, args),
    onMenuCommand: (listener) =>
      api.onEvent((event) => {
        const command = MenuCommandSchema.safeParse((event as { command?: unknown } | null)?.command);
        if (command.success) listener(command.data);
      }),
  };
}

const TOKEN_KEY = 'corroborate.token';

/** Takes the access token from the URL fragment (then removes it from the address bar). */
export function takeWebToken(location: Location, storage: Storage, history: History): string | null {
  const match = /(?:^#|&)token=([0-9a-f]{16,128})/.exec(location.hash);
  if (match) {
    storage.setItem(TOKEN_KEY, match[1]!);
    history.replaceState(null, '', location.pathname + location.search);
    return match[1]!;
  }
  return storage.getItem(TOKEN_KEY);
}

/** The web transport: POST /rpc/<channel> with the per-run token. */
export function webTransport(token: string): Transport {
  return {
    kind: 'web',
    async send(channel, args) {
      const response = await fetch(`/rpc/${encodeURIComponent(channel)}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Corroborate-Token': token },
        body: JSON.stringify(args),
      });
      return response.json();
    },
    onMenuCommand: () => () => undefined,
  };
}
