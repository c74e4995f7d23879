// Entry point of the single-page app.
import "./ui/styles.css";
import { startApp } from "./ui/app";

startApp();
