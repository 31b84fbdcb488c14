import * as vscode from 'vscode';

/**
 * The `Bulletin` output channel. Problems go here rather than to popups, and a
 * repeated message is logged once, so a malformed document being typed into
 * cannot flood the user.
 */
export class Log implements vscode.Disposable {
  private readonly channel = vscode.window.createOutputChannel('Bulletin', { log: true });
  private readonly seen = new Set<string>();

  info(message: string): void {
    this.channel.info(message);
  }

  warnOnce(message: string): void {
    if (this.seen.has(message)) return;
    this.seen.add(message);
    this.channel.warn(message);
  }

  error(context: string, error: unknown): void {
    const detail = error instanceof Error ? error.stack ?? error.message : String(error);
    this.warnOnce(`${context}: ${detail}`);
  }

  show(): void {
    this.channel.show(true);
  }

  dispose(): void {
    this.channel.dispose();
  }
}
