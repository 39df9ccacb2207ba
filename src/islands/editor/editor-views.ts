// The editor's views, loaded after sign-in (role-views.ts).
export { EntryList } from "./EntryList.tsx";
export { EntryEditor } from "./EntryEditor.tsx";
