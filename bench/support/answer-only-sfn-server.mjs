// A Step Functions endpoint that does no work: it answers CreateStateMachine, StartExecution and
// DescribeExecution at once (every execution SUCCEEDED, with its input as output), with the fields
// AWS's answers carry so the client parses as much. The emulator bench runs it as the ceiling: what
// its client can reach on this machine when the server costs next to nothing, and so the most any
// server could reach over another one there. Binds 127.0.0.1. Run: node answer-only-sfn-server.mjs
import { createServer } from 'node:http';

const ACCOUNT = '123456789012';
let executions = 0;
const inputs = new Map();

function answer(target, body) {
  switch (target) {
    case 'AWSStepFunctions.CreateStateMachine':
      return { stateMachineArn: `arn:aws:states:us-east-1:${ACCOUNT}:stateMachine:${body.name}`, creationDate: Date.now() / 1000 };
    case 'AWSStepFunctions.StartExecution': {
      executions += 1;
      const name = body.name ?? `execution-${executions}`;
      const executionArn = `${body.stateMachineArn.replace(':stateMachine:', ':execution:')}:${name}`;
      inputs.set(executionArn, { input: body.input ?? '{}', startDate: Date.now() / 1000, name, stateMachineArn: body.stateMachineArn });
      return { executionArn, startDate: Date.now() / 1000 };
    }
    case 'AWSStepFunctions.DescribeExecution': {
      const started = inputs.get(body.executionArn);
      if (!started) return null;
      inputs.delete(body.executionArn);
      const size = Buffer.byteLength(started.input);
      return {
        executionArn: body.executionArn,
        stateMachineArn: started.stateMachineArn,
        name: started.name,
        status: 'SUCCEEDED',
        startDate: started.startDate,
        stopDate: Date.now() / 1000,
        input: started.input,
        inputDetails: { included: true },
        output: started.input,
        outputDetails: { included: true },
        redriveCount: 0,
        redriveStatus: 'NOT_REDRIVABLE',
        redriveStatusReason: 'Execution is SUCCEEDED and cannot be redriven',
        sizeBytes: size,
      };
    }
    default:
      return undefined;
  }
}

const server = createServer((request, response) => {
  const chunks = [];
  request.on('data', (chunk) => chunks.push(chunk));
  request.on('end', () => {
    let reply;
    try {
      reply = answer(request.headers['x-amz-target'], JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}'));
    } catch {
      reply = undefined;
    }
    const [status, body] =
      reply === undefined
        ? [400, { __type: 'UnknownOperationException', message: `No answer for ${request.headers['x-amz-target']}` }]
        : reply === null
          ? [400, { __type: 'ExecutionDoesNotExist', message: 'Execution Does Not Exist' }]
          : [200, reply];
    const text = JSON.stringify(body);
    response.writeHead(status, { 'Content-Type': 'application/x-amz-json-1.0', 'Content-Length': Buffer.byteLength(text) });
    response.end(text);
  });
});
server.listen(0, '127.0.0.1', () => console.log(`answer-only server listening on http://127.0.0.1:${server.address().port}`));
