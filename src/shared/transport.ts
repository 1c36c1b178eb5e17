/** Constants of the loopback HTTP transport, shared by the server and the renderer's client. */

/** Path prefix of RPC calls: POST `${RPC_PATH}<channel>` with a JSON body. */
export const RPC_PATH = '/rpc/';

/** Query parameter that carries the bearer token in the URL printed by `npm run web`. */
export const TOKEN_PARAM = 'token';
