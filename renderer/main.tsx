import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./App.tsx";
import { listenToShell } from "./shell-events.ts";
import { useStore } from "./store.ts";
import "./styles/base.css";

const root = document.getElementById("root");
if (!root) throw new Error("#root missing from index.html");
document.documentElement.lang = useStore.getState().lang;
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
listenToShell();
void useStore.getState().init();
