// A code location whose schedule can never fire (there is no February 30th): loading it is a definitions error.
import { asset, defineDefinitions, schedule } from "../../sdk";

const report = asset({ key: "report", compute: () => 1 });

export default defineDefinitions({
  assets: [report],
  schedules: [schedule({ name: "leap_report", cron: "0 0 30 2 *", target: [report] })],
});
