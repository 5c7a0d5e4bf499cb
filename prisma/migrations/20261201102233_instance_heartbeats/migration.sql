-- CreateEnum
CREATE TYPE "InstanceProcessKind" AS ENUM ('DAEMON', 'WORKER');

-- CreateTable
CREATE TABLE "InstanceHeartbeat" (
    "id" TEXT NOT NULL,
    "kind" "InstanceProcessKind" NOT NULL,
    "host" TEXT NOT NULL,
    "pid" INTEGER NOT NULL,
    "startedAt" TIMESTAMP(3) NOT NULL,
    "heartbeatAt" TIMESTAMP(3) NOT NULL,
    "info" JSONB NOT NULL DEFAULT '{}',
    "stoppedAt" TIMESTAMP(3),

    CONSTRAINT "InstanceHeartbeat_pkey" PRIMARY KEY ("id")
);
