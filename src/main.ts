// Entry point of the single-page app. The corpus Worker starts before the rest of the app's code is
// loaded, so fetching and parsing the corpus overlaps loading sigma and the panels.
import "./ui/styles.css";
import { corpusSource } from "./ui/corpusSource";
import { WorkerClient } from "./ui/workerClient";

const source = corpusSource(location.search, location.href);
const worker = new WorkerClient();
worker.load(source);
void import("./ui/app").then(({ startApp }) => startApp(worker, source));
