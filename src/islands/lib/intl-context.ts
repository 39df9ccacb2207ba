// The island's IslandIntl for every component below the island root, without threading it through props.
import { createContext } from "preact";
import { useContext } from "preact/hooks";
import type { IslandIntl } from "./intl.ts";

export const IntlContext = createContext<IslandIntl | null>(null);

export function useIntl(): IslandIntl {
  const intl = useContext(IntlContext);
  if (!intl) throw new Error("useIntl() outside an island root: wrap it in <IntlContext.Provider>.");
  return intl;
}
