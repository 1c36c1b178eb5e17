/** Turns a transport (`Invoke`) into the typed `Api` the stores use. */
import type { Invoke } from '../../shared/contract/bridge';
import { CHANNELS, type Channel } from '../../shared/contract/channels';
import type { Api } from '../../shared/contract/contract';
import { ApiError } from './errors';

/** One async function per channel: resolves to the value, or throws {@link ApiError}. */
export function createApi(invoke: Invoke): Api {
  const call = async (channel: Channel, input: unknown): Promise<unknown> => {
    const envelope = await invoke(channel, input ?? {});
    if (envelope.ok) return envelope.value;
    throw new ApiError(envelope.error);
  };
  // Built from the channel list so a new channel needs no change here; the contract types it.
  return Object.fromEntries(
    CHANNELS.map((channel) => [channel, (input: unknown) => call(channel, input)]),
  ) as unknown as Api;
}
