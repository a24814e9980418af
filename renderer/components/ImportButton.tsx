import { useRef } from "react";
import { useT } from "../i18n/index.ts";
import { useStore } from "../store.ts";
import { readUploads } from "./uploads.ts";

const ACCEPT = ".txt,.md,.docx,.pdf,.html,.htm";

export function ImportButton({ compact = false }: { compact?: boolean }) {
  const t = useT();
  const input = useRef<HTMLInputElement>(null);
  const importing = useStore((s) => s.importing);
  const importFiles = useStore((s) => s.importFiles);
  return (
    <>
      <button
        type="button"
        className={compact ? "btn" : "btn primary"}
        disabled={importing !== null}
        onClick={() => input.current?.click()}
        data-testid="import"
      >
        ⇪ {compact ? t("toolbar.import") : t("empty.pick")}
      </button>
      <input
        ref={input}
        type="file"
        multiple
        accept={ACCEPT}
        hidden
        data-testid="import-input"
        onChange={async (e) => {
          const files = e.target.files;
          if (files?.length) await importFiles(await readUploads(files));
          e.target.value = "";
        }}
      />
    </>
  );
}
