// A setting in the environment is wrong: the message names the variable and what was expected.
export class ConfigError extends Error {
  override name = 'ConfigError';
}
