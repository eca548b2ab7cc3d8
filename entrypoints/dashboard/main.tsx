import { createDashboardWorkerClient } from '../../lib/dashboard/worker/workerClient';
import '../../components/styles/base.css';

// The manager's dashboard (issue 8). Its worker starts first, before the page's own code (Preact,
// settings, i18n: most of the page's script) is even loaded, so the worker reads the digest while
// the page loads, on the other core; app.tsx then reads settings, renders and asks for the figures.
const worker = createDashboardWorkerClient();
void import('./app').then(({ startDashboard }) => startDashboard(worker));
