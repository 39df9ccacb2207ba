// `npm run setup`: fetches what the project needs besides npm packages (the PocketBase binary).
import { ensurePocketBase } from "./lib/pocketbase-binary.mjs";

try {
  const binary = await ensurePocketBase();
  console.log(`PocketBase: ${binary}`);
} catch (error) {
  console.error(error.message);
  process.exit(1);
}
