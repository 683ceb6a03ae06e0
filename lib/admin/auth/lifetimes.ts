// How long a one-time set-password link stays valid; shared by the invite mutation
// and the admin:create command.
export const passwordTokenLifetimeMs = 72 * 60 * 60 * 1000;
