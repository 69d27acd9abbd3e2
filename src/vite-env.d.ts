/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** "1" only in the pseudo-locale test build. */
  readonly VITE_PSEUDO_LOCALE?: string;
}
