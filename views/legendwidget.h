#pragma once

#include "analysis.h"

#include <QWidget>

// The key under the table: the four bands with their pattern and range (region tables), or
// Sudah Terisi / Kosong / not counted and ✓ / ✗ (district table). Painted with the same
// swatches as the cells, so the legend matches in colour and in greyscale.
namespace Lengkap {

class LegendWidget : public QWidget
{
    Q_OBJECT
public:
    enum class Mode { Bands, Cells };

    explicit LegendWidget(QWidget *parent = nullptr);
    void setMode(Mode mode, Status status, const BandSettings &bands);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override { return sizeHint(); }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    struct Item;
    QList<Item> items() const;

    Mode m_mode = Mode::Bands;
    Status m_status = Status::All;
    BandSettings m_bands;
};

} // namespace Lengkap
