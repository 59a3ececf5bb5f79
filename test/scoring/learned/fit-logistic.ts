/** Each row: the indices of the features it has (binary features). */
export type TSparseRows = readonly Int32Array[];

const MEMORY = 10;

const softplus = (z: number) => (z > 0 ? z + Math.log1p(Math.exp(-z)) : Math.log1p(Math.exp(z)));
const dot = (a: Float64Array, b: Float64Array) => a.reduce((total, value, index) => total + value * b[index]!, 0);

/**
 * L2-regularised logistic regression, fitted by L-BFGS. The loss is strictly convex, so the same
 * rows give the same weights whatever the start: retraining on unchanged data reproduces the file.
 * The last parameter is the bias, which is not regularised.
 */
export function fitLogistic(rows: TSparseRows, labels: readonly number[], dimension: number, lambda: number, iterations = 150): { weights: Float64Array; bias: number } {
  const size = dimension + 1;
  const lossAndGradient = (params: Float64Array, gradient: Float64Array): number => {
    gradient.fill(0);
    let loss = 0;
    rows.forEach((row, index) => {
      let z = params[dimension]!;
      for (const feature of row) z += params[feature]!;
      const label = labels[index]!;
      loss += softplus(z) - label * z;
      const residual = 1 / (1 + Math.exp(-z)) - label;
      for (const feature of row) gradient[feature]! += residual;
      gradient[dimension]! += residual;
    });
    for (let feature = 0; feature < dimension; feature++) {
      loss += lambda * params[feature]! ** 2;
      gradient[feature]! += 2 * lambda * params[feature]!;
    }
    return loss;
  };

  let params = new Float64Array(size);
  let gradient = new Float64Array(size);
  let loss = lossAndGradient(params, gradient);
  const steps: { s: Float64Array; y: Float64Array; rho: number }[] = [];
  for (let iteration = 0; iteration < iterations; iteration++) {
    const direction = twoLoopDirection(gradient, steps);
    const slope = dot(direction, gradient);
    if (slope >= 0) break;
    let step = iteration === 0 ? 1 / Math.sqrt(dot(gradient, gradient)) : 1;
    const next = new Float64Array(size);
    const nextGradient = new Float64Array(size);
    let nextLoss = Number.POSITIVE_INFINITY;
    for (let tries = 0; tries < 30; tries++) {
      for (let index = 0; index < size; index++) next[index] = params[index]! + step * direction[index]!;
      nextLoss = lossAndGradient(next, nextGradient);
      if (nextLoss <= loss + 1e-4 * step * slope) break;
      step /= 2;
    }
    if (!(nextLoss < loss)) break;
    const s = next.map((value, index) => value - params[index]!);
    const y = nextGradient.map((value, index) => value - gradient[index]!);
    const sy = dot(s, y);
    if (sy > 1e-12) {
      steps.push({ s, y, rho: 1 / sy });
      if (steps.length > MEMORY) steps.shift();
    }
    const converged = loss - nextLoss < 1e-7 * Math.max(1, Math.abs(loss));
    params = next;
    gradient = nextGradient;
    loss = nextLoss;
    if (converged) break;
  }
  return { weights: params.subarray(0, dimension), bias: params[dimension]! };
}

/** The L-BFGS two-loop recursion: minus the gradient shaped by the last few steps' curvature. */
function twoLoopDirection(gradient: Float64Array, steps: readonly { s: Float64Array; y: Float64Array; rho: number }[]): Float64Array {
  const q = Float64Array.from(gradient);
  const alphas: number[] = [];
  for (let index = steps.length - 1; index >= 0; index--) {
    const { s, y, rho } = steps[index]!;
    const alpha = rho * dot(s, q);
    alphas[index] = alpha;
    for (let at = 0; at < q.length; at++) q[at]! -= alpha * y[at]!;
  }
  const last = steps.at(-1);
  const scale = last ? dot(last.s, last.y) / dot(last.y, last.y) : 1;
  for (let at = 0; at < q.length; at++) q[at]! *= scale;
  steps.forEach(({ s, y, rho }, index) => {
    const beta = rho * dot(y, q);
    for (let at = 0; at < q.length; at++) q[at]! += (alphas[index]! - beta) * s[at]!;
  });
  return q.map((value) => -value);
}
