// The translator's views, loaded after sign-in (role-views.ts).
export { TranslatorQueue } from "./TranslatorQueue.tsx";
export { TranslationEditor } from "./TranslationEditor.tsx";
