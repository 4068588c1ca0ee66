<?php
/**
 * Function "Resize": a stand-in for an image thumbnailer (no image library
 * needed): given ['width', 'height', 'max'] it computes the size that fits
 * in max x max keeping the aspect ratio, reporting progress through the
 * three stages a real resize goes through.
 */
class Resize extends Net_Gearman_Job_Common
{
    public function run($arg)
    {
        $w = (int)($arg['width'] ?? 0);
        $h = (int)($arg['height'] ?? 0);
        $max = (int)($arg['max'] ?? 0);
        if ($w <= 0 || $h <= 0 || $max <= 0) {
            throw new Net_Gearman_Job_Exception('Resize needs positive width, height and max');
        }
        $this->status(1, 3);  // decoded
        $scale = min(1.0, $max / max($w, $h));
        $this->status(2, 3);  // scaled
        $out = ['width' => (int)round($w * $scale), 'height' => (int)round($h * $scale), 'scale' => round($scale, 4)];
        $this->status(3, 3);  // encoded
        return $out;
    }
}
