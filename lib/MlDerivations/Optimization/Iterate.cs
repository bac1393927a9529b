using MathNet.Numerics.LinearAlgebra;

namespace MlDerivations.Optimization;

/// <summary>
/// One entry of an optimiser's history: iterate k, its point x_k, f(x_k), the stationarity measure
/// ‖∇f(x_k)‖₂ (the gradient mapping for projected gradient) and the length ‖x_k − x_{k−1}‖₂ of the step
/// that led here (0 for the start).
/// </summary>
public readonly record struct Iterate(int Index, Vector<double> Point, double Value, double GradientNorm, double StepLength);
