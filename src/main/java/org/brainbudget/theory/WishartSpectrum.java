package org.brainbudget.theory;

/**
 * Limiting eigenvalue law of a dim × dim Wishart matrix W = XᵀX with dof degrees of freedom (X is dof × dim
 * standard Gaussian): Marchenko–Pastur with ratio γ = dim/dof and scale dof, including the mass 1 − dof/dim at
 * zero when dof < dim.
 */
record WishartSpectrum(double dim, double dof) {

    double ratio() {
        return dim / dof;
    }

    /** Smallest and largest eigenvalue of the continuous part: dof (1 ∓ √γ)². */
    double lowerEdge() {
        double r = 1 - Math.sqrt(ratio());
        return dof * r * r;
    }

    double upperEdge() {
        double r = 1 + Math.sqrt(ratio());
        return dof * r * r;
    }

    /**
     * Stieltjes transform s(y) = (1/dim) Σ 1/(w_i − y) for real y outside the support (y &lt; lower edge with
     * no zero eigenvalues, or y &gt; upper edge).
     *
     * <p>For W/dof the transform solves γz s² + (z + γ − 1) s + 1 = 0 at z = y/dof. Both roots are formed without
     * cancellation; the transform is the positive one for z &lt; 0 and the one of smaller magnitude otherwise.
     */
    double stieltjes(double y) {
        double g = ratio();
        double z = y / dof;
        double a = g * z;
        double b = z + g - 1;
        double root = Math.sqrt(Math.max(b * b - 4 * a, 0));
        double q = -0.5 * (b + Math.copySign(root, b));
        double r1 = q / a;
        double r2 = 1 / q;
        double s;
        if (z < 0) {
            s = r1 > 0 ? r1 : r2;
        } else {
            s = Math.abs(r1) < Math.abs(r2) ? r1 : r2;
        }
        return s / dof;
    }
}
