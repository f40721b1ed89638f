import { HANDLERS } from "./handlers";
import { bus } from "./scheduler";
import { table, tableAccess } from "./storage";

// Reminder mail (R23): the notification bus → a rule → the mailer's queue → the mailer → SES.
// Per-stage settings are secrets (`pnpm sst secret set …`, docs/operations.md).

/** The domain SES sends from (verified by DKIM records in its DNS), e.g. `samverkan.example.se`. */
export const mailDomain = new sst.Secret("MailDomain");
/** The sender, an address at that domain: `Samverkan <paminnelser@samverkan.example.se>`. */
export const mailFrom = new sst.Secret("MailFrom");
/** The web workspace's base URL, for the links in each message. */
export const webBaseUrl = new sst.Secret("WebBaseUrl");

/** Bounces, complaints and rejections SES reports for our messages (docs/operations.md). */
export const mailBounces = new sst.aws.SnsTopic("MailBounces");
/** Where those reports are kept for an operator (14 days): the alarm watches its depth. */
export const mailBounceReports = new sst.aws.Queue("MailBounceReports", {
  transform: { queue: { messageRetentionSeconds: 14 * 24 * 3600 } },
});
mailBounces.subscribeQueue("KeepBounceReports", mailBounceReports.arn);

/** The sender identity and its configuration set; SES sends bounce events to the topic. */
export const mail = new sst.aws.Email("Mail", {
  sender: mailDomain.value,
  dmarc: "v=DMARC1; p=quarantine; adkim=s; aspf=s;",
  events: [
    {
      name: "BouncesAndComplaints",
      types: ["bounce", "complaint", "reject", "delivery-delay", "rendering-failure"],
      topic: mailBounces.arn,
    },
  ],
});

/** Messages that failed every retry, events the rule could not deliver, and messages in doubt. */
export const mailDeadLetters = new sst.aws.Queue("MailDeadLetters", {
  transform: { queue: { messageRetentionSeconds: 14 * 24 * 3600 } },
});
// EventBridge writes to it directly when it cannot deliver an event to the outbox.
sst.aws.Queue.createPolicy("MailDeadLettersPolicy", mailDeadLetters.nodes.queue.arn);

/**
 * The mailer's queue. A message is retried every 6 minutes (its visibility timeout, longer than a
 * delivery's 5-minute lease, so a retry finds a crashed mailer's claim expired), 5 times, then
 * dead-lettered.
 */
export const mailOutbox = new sst.aws.Queue("MailOutbox", {
  visibilityTimeout: "6 minutes",
  dlq: { queue: mailDeadLetters.arn, retry: 5 },
});

/** Every notification of the daily run, to the outbox; retried for a day, then dead-lettered. */
export const mailRule = bus.subscribeQueue("Mailer", mailOutbox.arn, {
  pattern: { source: ["samverkan.scheduler"], detailType: [{ prefix: "notification." }] },
  transform: {
    target: (args) => {
      args.retryPolicy = { maximumRetryAttempts: 185, maximumEventAgeInSeconds: 24 * 3600 };
      args.deadLetterConfig = { arn: mailDeadLetters.arn };
    },
  },
});

export const MAILER_HANDLER = HANDLERS.mailer;

/** The mailer: reads contacts and claims deliveries in the table, sends through SES only as the sender. */
export const mailer = mailOutbox.subscribe(
  {
    handler: MAILER_HANDLER,
    runtime: "nodejs22.x",
    nodejs: { plugins: "./infra/esbuild-plugins.mjs" },
    memory: "512 MB",
    timeout: "60 seconds",
    environment: {
      SAMVERKAN_TABLE: table.name,
      MAIL_FROM: mailFrom.value,
      WEB_BASE_URL: webBaseUrl.value,
      SES_CONFIGURATION_SET: mail.configSet,
      MAIL_DEAD_LETTER_QUEUE_URL: mailDeadLetters.url,
    },
    permissions: [
      tableAccess(["GetItem", "BatchGetItem", "Query", "PutItem", "UpdateItem"]),
      {
        actions: ["ses:SendEmail", "ses:SendRawEmail"],
        resources: [mail.nodes.identity.arn, mail.nodes.configurationSet.arn],
        // Only as the stage's sender address, whatever else the identity could send as.
        conditions: [
          {
            test: "StringLike",
            variable: "ses:FromAddress",
            values: [$interpolate`*@${mailDomain.value}`],
          },
        ],
      },
      { actions: ["sqs:SendMessage"], resources: [mailDeadLetters.arn] },
    ],
  },
  { batch: { size: 5, partialResponses: true } },
);
