import * as vscode from 'vscode';
import { AnalysisStore } from './analysisStore';
import { affectsBulletinConfig, readConfig } from './config';
import { Log } from './log';

/** What every feature may use; built once in `activate`. */
export interface Services {
  log: Log;
  store: AnalysisStore;
  config(): ReturnType<typeof readConfig>;
}

/** Wiring only: each feature registers itself and returns its disposables. */
export function activate(context: vscode.ExtensionContext): Services {
  const log = new Log();
  let config = readConfig((problem) => log.warnOnce(problem));
  const store = new AnalysisStore(config);
  const services: Services = { log, store, config: () => config };
  context.subscriptions.push(
    log,
    store,
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (!affectsBulletinConfig(event)) return;
      config = readConfig((problem) => log.warnOnce(problem));
      store.reconfigure(config);
    }),
  );
  return services;
}

export function deactivate(): void {}
