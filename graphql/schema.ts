// The assembled GraphQL schema: importing each type file registers it on the builder.
import "server-only";
import { builder } from "./builder";
import "./types/assetKey";
import "./types/metadataEntry";
import "./types/assetNode";
import "./types/assetColumns";
import "./types/codeLocation";
import "./types/run";
import "./types/runEvent";
import "./types/launchRun";
import "./types/backfill";
import "./types/partitions";
import "./types/job";
import "./types/runConfigSchema";
import "./types/assetCheck";
import "./types/freshness";
import "./types/staleness";
import "./types/schedule";
import "./types/sensor";
import "./types/automation";
import "./types/instance";
import "./types/viewer";
import "./types/user";
import "./types/apiToken";
import "./types/auditEvent";

export const schema = builder.toSchema({ sortSchema: true });
