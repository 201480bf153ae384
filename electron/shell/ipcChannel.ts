/** The one IPC channel: every API call travels on it, the API channel name is in the payload. */
export const IPC_CHANNEL = 'percorsi:api';
