// Logistic regression by full-batch gradient descent: deterministic (fixed start, order and steps).
// The penalty pulls the weights toward a prior model (the hand-written rules), so the data moves
// the model away from the rules only where it has evidence.

/** Trains `{ bias, weights }` on `[{ features, label }]`, starting from and drawn toward `prior`. */
export function trainLogistic(examples, { iterations = 3000, rate = 0.5, l2 = 0.003, prior } = {}) {
  const width = examples[0]?.features.length ?? prior?.weights.length ?? 0;
  const anchor = prior ? [...prior.weights] : new Array(width).fill(0);
  const weights = [...anchor];
  let bias = prior?.bias ?? 0;
  const n = Math.max(examples.length, 1);
  for (let step = 0; step < iterations; step++) {
    const grad = new Array(width).fill(0);
    let gradBias = 0;
    for (const { features, label } of examples) {
      let sum = bias;
      for (let i = 0; i < width; i++) sum += weights[i] * features[i];
      const error = 1 / (1 + Math.exp(-sum)) - label;
      gradBias += error;
      for (let i = 0; i < width; i++) grad[i] += error * features[i];
    }
    bias -= (rate * gradBias) / n;
    for (let i = 0; i < width; i++) weights[i] -= rate * (grad[i] / n + l2 * (weights[i] - anchor[i]));
  }
  return { bias, weights };
}
