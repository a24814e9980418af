// The application menu's items (File, Edit, View, Help; the app menu on macOS) in the user's
// language; what each item does is main-wiring.ts's MenuActions.
import { strings } from "./i18n.ts";
import type { Locale } from "./locale.ts";
import { PRODUCT_NAME } from "./paths.ts";
import type { MenuSpec } from "./seam.ts";

export interface MenuActions {
  // Dialog-driven actions return their promise so callers (and tests) can await the outcome.
  importDocuments(): Promise<void>;
  importFolder(): Promise<void>;
  backup(): Promise<void>;
  restore(): Promise<void>;
  openKnowledgeBase(): Promise<void>;
  newKnowledgeBase(): Promise<void>;
  exportGraph(format: ExportFormat): Promise<void>;
  setLocale(locale: Locale): void;
  toggleFullScreen(): void;
  about(): void;
}

export type ExportFormat = "json" | "csv" | "graphml" | "gexf";

export function menuTemplate(
  locale: Locale,
  actions: MenuActions,
  opts: { devTools: boolean; mac?: boolean },
): MenuSpec[] {
  const t = strings(locale);
  const view: MenuSpec[] = [
    {
      id: "language",
      label: t.language,
      submenu: [
        {
          id: "lang-zh",
          label: t.langZh,
          type: "radio",
          checked: locale === "zh-CN",
          click: () => actions.setLocale("zh-CN"),
        },
        {
          id: "lang-en",
          label: t.langEn,
          type: "radio",
          checked: locale === "en",
          click: () => actions.setLocale("en"),
        },
      ],
    },
    { id: "fullscreen", label: t.fullScreen, accelerator: "F11", click: () => actions.toggleFullScreen() },
    { type: "separator" },
    { label: t.reload, role: "reload" },
  ];
  if (opts.devTools) view.push({ label: t.devTools, role: "toggleDevTools" });
  // macOS shows the first menu under the app's name.
  const appMenu: MenuSpec[] = opts.mac
    ? [
        {
          id: "app",
          label: PRODUCT_NAME,
          submenu: [
            { label: t.about, click: () => actions.about() },
            { type: "separator" },
            { label: t.quit, role: "quit" },
          ],
        },
      ]
    : [];
  return [
    ...appMenu,
    {
      id: "file",
      label: t.file,
      submenu: [
        { id: "import", label: t.importDocuments, accelerator: "CmdOrCtrl+I", click: () => actions.importDocuments() },
        { id: "import-folder", label: t.importFolder, click: () => actions.importFolder() },
        { type: "separator" },
        { id: "open", label: t.openKb, accelerator: "CmdOrCtrl+O", click: () => actions.openKnowledgeBase() },
        { id: "new", label: t.newKb, accelerator: "CmdOrCtrl+N", click: () => actions.newKnowledgeBase() },
        { id: "backup", label: t.backupNow, click: () => actions.backup() },
        { id: "restore", label: t.restoreBackup, click: () => actions.restore() },
        { type: "separator" },
        {
          id: "export",
          label: t.export,
          submenu: [
            { id: "export-json", label: t.exportJson, click: () => actions.exportGraph("json") },
            { id: "export-csv", label: t.exportCsv, click: () => actions.exportGraph("csv") },
            { id: "export-graphml", label: t.exportGraphml, click: () => actions.exportGraph("graphml") },
            { id: "export-gexf", label: t.exportGexf, click: () => actions.exportGraph("gexf") },
          ],
        },
        { type: "separator" },
        { label: t.quit, role: "quit" },
      ],
    },
    {
      id: "edit",
      label: t.edit,
      submenu: [
        { label: t.undo, role: "undo" },
        { label: t.redo, role: "redo" },
        { type: "separator" },
        { label: t.cut, role: "cut" },
        { label: t.copy, role: "copy" },
        { label: t.paste, role: "paste" },
        { label: t.selectAll, role: "selectAll" },
      ],
    },
    { id: "view", label: t.view, submenu: view },
    { id: "help", label: t.help, submenu: [{ id: "about", label: t.about, click: () => actions.about() }] },
  ];
}
