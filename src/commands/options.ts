import { findConfig, loadConfig, type Config } from '../config.js';

/** The `-c, --config` flag every command shares, with its one-line description. */
export const CONFIG_FLAG = ['-c, --config <file>', 'config file to use instead of the nearest .tollgate.yaml'] as const;

/** The config named by --config, else the nearest .tollgate.yaml from `start` upward, else the defaults. */
export function commandConfig(file: string | undefined, start = '.'): Config {
  return loadConfig(file ?? findConfig(start), process.cwd());
}
