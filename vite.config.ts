import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

const here = dirname(fileURLToPath(import.meta.url));

// The renderer is a static bundle: loaded from file/app:// by Electron and from the loopback host,
// hence relative asset URLs (base './').
export default defineConfig({
  root: resolve(here, "renderer"),
  base: "./",
  plugins: [react()],
  build: {
    outDir: resolve(here, "dist/renderer"),
    emptyOutDir: true,
    target: "chrome120",
    chunkSizeWarningLimit: 1500,
  },
});
