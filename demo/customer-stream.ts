import type { DemoUsername } from './demo-people.ts';

/** Calls `/api` as a demo person; answers the parsed JSON, throws with the reply on an error. */
export type DemoCall = (
  as: DemoUsername,
  method: string,
  path: string,
  body?: unknown,
) => Promise<unknown>;

/** The simulated customers' requests, one kind after the other, over the library's touchpoints. */
const scenarios: ((call: DemoCall, n: number) => Promise<unknown>)[] = [
  (call, n) => customerRequest(call, n, 'phone', true),
  (call, n) => complaint(call, n, 'email'),
  (call, n) =>
    call('demo-system', 'POST', '/api/messages', {
      messageName: 'web-lead-received',
      businessKey: `L-${n}`,
      variables: { prospect: `Prospect ${n}`, interest: 'A quote for the business plan' },
    }),
  (call, n) => customerRequest(call, n, 'chat', false),
  (call, n) =>
    call('sofia', 'POST', '/api/process-definitions/customer-onboarding/start', {
      businessKey: `C-${n}`,
      variables: { customerName: `Customer ${n}`, email: `customer${n}@example.com`, plan: 'plus' },
    }),
  (call, n) =>
    call('demo-system', 'POST', '/api/messages', {
      messageName: 'churn-risk',
      businessKey: `C-${n}`,
      variables: { signal: 'Usage down 80% in 30 days' },
    }),
  (call, n) => customerRequest(call, n, 'email', false),
  (call, n) => complaint(call, n, 'visit'),
];

/** The front office registers a call, chat or e-mail and classifies it as the customer explains. */
async function customerRequest(call: DemoCall, n: number, channel: string, solvableNow: boolean) {
  const instance = (await call('ana', 'POST', '/api/process-definitions/customer-request/start', {
    businessKey: `C-${n}`,
  })) as { id: string };
  const { items } = (await call('ana', 'GET', `/api/tasks?instanceId=${instance.id}`)) as {
    items: { id: string; elementId: string }[];
  };
  const classify = items.find((t) => t.elementId === 'classify-request');
  if (!classify) return;
  await call('ana', 'POST', `/api/tasks/${classify.id}/claim`);
  await call('ana', 'POST', `/api/tasks/${classify.id}/complete`, {
    variables: { solvableNow, channel, summary: `Request ${n} by ${channel}` },
  });
}

function complaint(call: DemoCall, n: number, channel: string) {
  return call('ana', 'POST', '/api/process-definitions/complaint-handling/start', {
    businessKey: `C-${n}`,
    variables: { channel, complaint: `Complaint ${n}: the invoice is wrong` },
  });
}

/** Customers answer the surveys sent to them, some of them unhappy (scores 1 to 5 in turn). */
async function answerSurveys(call: DemoCall, answered: Set<string>, n: number) {
  const { items } = (await call(
    'demo-system',
    'GET',
    '/api/process-instances?processId=satisfaction-survey&status=active',
  )) as { items: { id: string; activeElements: string[] }[] };
  for (const survey of items) {
    if (answered.has(survey.id) || !survey.activeElements.includes('survey-answered')) continue;
    answered.add(survey.id);
    await call('demo-system', 'POST', '/api/messages', {
      messageName: 'survey-answered',
      instanceId: survey.id,
      variables: { score: 1 + ((n + answered.size) % 5) },
    });
  }
}

/**
 * A bounded stream of customer requests: the first at once, then one every `intervalMs`, until
 * `requests` have arrived; on each beat, waiting surveys are answered. A request that fails is
 * reported and the stream goes on.
 */
export function startCustomerStream(options: {
  call: DemoCall;
  requests: number;
  intervalMs: number;
  log: (line: string) => void;
}): { stop(): void; done: Promise<void> } {
  const answered = new Set<string>();
  let n = 0;
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let finish!: () => void;
  const done = new Promise<void>((resolve) => {
    finish = resolve;
  });
  const beat = async () => {
    const scenario = scenarios[n % scenarios.length]!;
    n++;
    try {
      await scenario(options.call, 1000 + n);
      await answerSurveys(options.call, answered, n);
    } catch (error) {
      options.log(`demo: request ${n} failed: ${(error as Error).message}`);
    }
    if (stopped || n >= options.requests) return finish();
    timer = setTimeout(beat, options.intervalMs);
  };
  void beat();
  return {
    stop() {
      stopped = true;
      clearTimeout(timer);
      finish();
    },
    done,
  };
}
