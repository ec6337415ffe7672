/** What a command needs from the process: where to print, whether to colour, how to set the exit code. */
export interface CliContext {
  out: NodeJS.WritableStream;
  color: boolean;
  setExit(code: number): void;
}
